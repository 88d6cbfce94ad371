// Renders one service's OpenAPI document with Redoc (?service=<name>). The services are those of Swagger UI
// (springdoc.swagger-ui.urls, served as /v3/api-docs/swagger-config), so a new service is listed in one place.
// A script file, not inline, so the page needs no 'unsafe-inline' script in its Content-Security-Policy.
(function () {
  'use strict';

  var target = document.getElementById('reference');
  var nav = document.getElementById('services');

  function showStatus(text) {
    var status = document.createElement('p');
    status.className = 'status';
    status.textContent = text;
    target.replaceChildren(status);
  }

  function pick(config) {
    var services = config.urls || [];
    var requested = new URLSearchParams(window.location.search).get('service');
    var byName = function (name) {
      return services.find(function (service) { return service.name === name; });
    };
    return { services: services, current: byName(requested) || byName(config['urls.primaryName']) || services[0] };
  }

  function listServices(services, current) {
    services.forEach(function (service) {
      var link = document.createElement('a');
      link.href = '?service=' + encodeURIComponent(service.name);
      link.textContent = service.name;
      if (service === current) {
        link.setAttribute('aria-current', 'page');
      }
      nav.appendChild(link);
    });
  }

  fetch('/v3/api-docs/swagger-config', { headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('the list of services answered ' + response.status);
      }
      return response.json();
    })
    .then(function (config) {
      var choice = pick(config);
      listServices(choice.services, choice.current);
      if (!choice.current) {
        showStatus('No service documents are configured.');
        return;
      }
      document.title = choice.current.name + ' API reference · Emporium';
      Redoc.init(choice.current.url, {
        scrollYOffset: 'header',
        expandResponses: '200,201',
        jsonSamplesExpandLevel: 3,
        sortTagsAlphabetically: true
      }, target, function (error) {
        if (error) {
          showStatus('The ' + choice.current.name + ' document could not be shown: ' + error.message);
        }
      });
    })
    .catch(function (error) {
      showStatus('The API reference could not be loaded: ' + error.message);
    });
})();
