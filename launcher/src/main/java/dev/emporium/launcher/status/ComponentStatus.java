package dev.emporium.launcher.status;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One line of {@code ./platform status}.
 *
 * @param condition {@code ready}, {@code up} (running, not ready) or {@code down}
 * @param pid       empty when not running here (down, or an external server)
 * @param memory    bytes of its process tree (PSS), empty when unknown or not running here
 */
public record ComponentStatus(String name, String condition, Optional<Long> pid, OptionalLong memory, String address) {
}
