package dev.emporium.launcher.status;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** {@code ./platform status} as a table, like docker stats: one line per component, then the total memory. */
public final class StatusTable {

    private static final String FORMAT = "%-14s %-7s %-8s %10s  %s";

    private StatusTable() {
    }

    /** {@code measure}: what the memory figures are, PSS or RSS (see {@link MemoryUsage#measure()}). */
    public static List<String> render(List<ComponentStatus> components, String measure) {
        List<String> lines = new ArrayList<>();
        lines.add(line("COMPONENT", "STATE", "PID", "MEM (" + measure + ")", "ADDRESS"));
        for (ComponentStatus component : components) {
            lines.add(line(component.name(), component.condition(), component.pid().map(Object::toString).orElse("-"),
                    memory(component.memory()), component.address()));
        }
        long total = components.stream().mapToLong(component -> component.memory().orElse(0)).sum();
        boolean anyMemory = components.stream().anyMatch(component -> component.memory().isPresent());
        lines.add(line("TOTAL", "", "", anyMemory ? MemoryUsage.format(total) : "-", ""));
        return lines;
    }

    private static String line(String name, String state, String pid, String memory, String address) {
        return String.format(FORMAT, name, state, pid, memory, address).stripTrailing();
    }

    private static String memory(OptionalLong bytes) {
        return bytes.isPresent() ? MemoryUsage.format(bytes.getAsLong()) : "-";
    }
}
