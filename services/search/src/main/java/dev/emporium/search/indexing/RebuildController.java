package dev.emporium.search.indexing;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins rebuild this replica's index: it is emptied and replayed from offset 0 in the background (202); the
 * replica reports not-ready until the replay has caught up. ADMIN only, by the platform's rule for /api/v1/admin/**.
 */
@RestController
@RequestMapping("/api/v1/admin/search/rebuild")
class RebuildController {

    private final ProductFeed feed;

    RebuildController(ProductFeed feed) {
        this.feed = feed;
    }

    record RebuildStarted(String status, String topic) {
    }

    @PostMapping
    ResponseEntity<RebuildStarted> rebuild() {
        feed.requestRebuild();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new RebuildStarted("REBUILDING", feed.topic()));
    }
}
