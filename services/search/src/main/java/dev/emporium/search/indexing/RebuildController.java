package dev.emporium.search.indexing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins rebuild this replica's index: it is emptied and replayed from offset 0 in the background (202); the
 * replica reports not-ready until the replay has caught up. ADMIN only, by the platform's rule for /api/v1/admin/**.
 */
@Tag(name = "Search (admin)", description = "Operating the search index.")
@RestController
@RequestMapping("/api/v1/admin/search/rebuild")
class RebuildController {

    private final ProductFeed feed;

    RebuildController(ProductFeed feed) {
        this.feed = feed;
    }

    @Schema(description = "A rebuild under way.")
    record RebuildStarted(@Schema(example = "REBUILDING") String status,
            @Schema(description = "The topic replayed from its start.", example = "catalog.products") String topic) {
    }

    @Operation(operationId = "rebuildSearchIndex", summary = "Rebuild the search index",
            description = "Empties this replica's index and replays `catalog.products` from its start in the background; "
                    + "the replica reports not-ready until it has caught up (other replicas keep serving).")
    @ApiResponse(responseCode = "202", description = "The rebuild has started.")
    @PostMapping
    ResponseEntity<RebuildStarted> rebuild() {
        feed.requestRebuild();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new RebuildStarted("REBUILDING", feed.topic()));
    }
}
