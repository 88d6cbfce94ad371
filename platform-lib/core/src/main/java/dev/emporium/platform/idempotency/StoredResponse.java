package dev.emporium.platform.idempotency;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** An answer as it was sent: status, the headers the handler set (Location, ETag...) and the JSON body's bytes. */
record StoredResponse(int status, Map<String, List<String>> headers, byte[] body) {

    static StoredResponse of(ResponseEntity<?> response, JsonMapper json) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        response.getHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
        byte[] body = null;
        if (response.getBody() != null) {
            body = response.getBody() instanceof byte[] bytes ? bytes : json.writeValueAsBytes(response.getBody());
            headers.putIfAbsent(HttpHeaders.CONTENT_TYPE, List.of(MediaType.APPLICATION_JSON_VALUE));
        }
        return new StoredResponse(response.getStatusCode().value(), headers, body);
    }

    ResponseEntity<byte[]> toResponseEntity() {
        HttpHeaders httpHeaders = new HttpHeaders();
        headers.forEach(httpHeaders::put);
        return ResponseEntity.status(status).headers(httpHeaders).body(body);
    }
}
