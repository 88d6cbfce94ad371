package dev.emporium.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * A point-in-time view of the index. The ordinal maps that string facets need are built once per view (on first
 * use) and shared by every request that uses the view, never per request.
 */
public final class ProductSearcher extends IndexSearcher {

    private final Map<String, Optional<StringDocValuesReaderState>> facetStates = new ConcurrentHashMap<>();

    ProductSearcher(IndexReader reader) {
        super(reader);
    }

    /** The facet state of a string doc-values field; empty when no document has the field yet. */
    public Optional<StringDocValuesReaderState> facetState(String field) {
        return facetStates.computeIfAbsent(field, this::buildFacetState);
    }

    private Optional<StringDocValuesReaderState> buildFacetState(String field) {
        FieldInfo info = FieldInfos.getMergedFieldInfos(getIndexReader()).fieldInfo(field);
        if (info == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StringDocValuesReaderState(getIndexReader(), field));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
