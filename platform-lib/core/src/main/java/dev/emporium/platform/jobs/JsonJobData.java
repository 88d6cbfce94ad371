package dev.emporium.platform.jobs;

import com.github.kagkarlsson.scheduler.serializer.Serializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job data as JSON (db-scheduler's default is Java serialization): readable in {@code scheduled_tasks.task_data}, and
 * a record changed between two releases still reads as long as its JSON does.
 */
final class JsonJobData implements Serializer {

    private final JsonMapper json;

    JsonJobData(JsonMapper json) {
        this.json = json;
    }

    @Override
    public byte[] serialize(Object data) {
        return data == null ? null : json.writeValueAsBytes(data);
    }

    @Override
    public <T> T deserialize(Class<T> type, byte[] bytes) {
        return bytes == null ? null : json.readValue(bytes, type);
    }
}
