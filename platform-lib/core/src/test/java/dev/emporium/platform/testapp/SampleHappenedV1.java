package dev.emporium.platform.testapp;

import dev.emporium.contracts.EventType;
import java.util.UUID;

@EventType("emporium.platform-test.sample-happened.v1")
public record SampleHappenedV1(UUID sampleId, String note) {
}
