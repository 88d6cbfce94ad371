package dev.emporium.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * The product index on local disk: one writer (used only by the indexing thread) and a near-real-time searcher
 * manager shared by all requests. Commits carry user data (the Kafka offsets the index reflects), so documents and
 * offsets are durable together or not at all.
 */
public class ProductIndex {

    private final Path directory;
    private volatile Open open;

    private record Open(Directory directory, IndexWriter writer, SearcherManager searchers) {
    }

    public ProductIndex(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** Opens (or creates) the index; returns the user data of its last commit (empty for a new index). */
    public synchronized Map<String, String> open() {
        if (open != null) {
            throw new IllegalStateException("The index at " + directory + " is already open");
        }
        try {
            Files.createDirectories(directory);
            Directory dir = FSDirectory.open(directory);
            Map<String, String> committed = DirectoryReader.indexExists(dir)
                    ? Map.copyOf(SegmentInfos.readLatestCommit(dir).getUserData()) : Map.of();
            IndexWriterConfig config = new IndexWriterConfig(ProductFields.INDEX_ANALYZER)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // only explicit commits, each with the offsets it reflects
                    .setCommitOnClose(false)
                    .setRAMBufferSizeMB(32);
            IndexWriter writer = new IndexWriter(dir, config);
            SearcherManager searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public ProductSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                    return new ProductSearcher(reader);
                }
            });
            open = new Open(dir, writer, searchers);
            return committed;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + directory, e);
        }
    }

    public boolean isOpen() {
        Open current = open;
        return current != null && current.writer().isOpen();
    }

    /** Closes without committing: what was not committed is replayed from Kafka on the next start. */
    public synchronized void close() {
        Open current = open;
        open = null;
        if (current == null) {
            return;
        }
        try (Directory dir = current.directory(); IndexWriter writer = current.writer();
             SearcherManager searchers = current.searchers()) {
            // closed in reverse order: searchers, writer, directory
        } catch (IOException | AlreadyClosedException e) {
            throw new IllegalStateException("Closing the search index at " + directory + " failed", e);
        }
    }

    public void upsert(String productId, Document document) throws IOException {
        writer().updateDocument(new Term(ProductFields.ID, productId), document);
    }

    public void delete(String productId) throws IOException {
        writer().deleteDocuments(new Term(ProductFields.ID, productId));
    }

    /** Removes every document (the next commit makes it durable). */
    public void deleteAll() throws IOException {
        writer().deleteAll();
    }

    /** Commits everything written so far together with this user data. */
    public void commit(Map<String, String> userData) throws IOException {
        IndexWriter writer = writer();
        writer.setLiveCommitData(Map.copyOf(userData).entrySet());
        writer.commit();
    }

    /** Makes what was written so far visible to searches (cheap when nothing changed). */
    public void refresh() throws IOException {
        current().searchers().maybeRefresh();
    }

    /** Like {@link #refresh()}, but also waits for a refresh under way: afterwards searches see every write so far. */
    public void refreshNow() throws IOException {
        current().searchers().maybeRefreshBlocking();
    }

    /** The version of every product in the index, read from doc values. */
    public Map<String, Long> versions() throws IOException {
        Map<String, Long> versions = new HashMap<>();
        try (DirectoryReader reader = DirectoryReader.open(writer())) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader segment = leaf.reader();
                SortedDocValues ids = segment.getSortedDocValues(ProductFields.ID);
                NumericDocValues docVersions = segment.getNumericDocValues(ProductFields.VERSION);
                if (ids == null || docVersions == null) {
                    continue;
                }
                Bits live = segment.getLiveDocs();
                for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if ((live == null || live.get(doc)) && docVersions.advanceExact(doc)) {
                        versions.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), docVersions.longValue());
                    }
                }
            }
        }
        return versions;
    }

    /** Runs a read against the current point-in-time view; 503-worthy {@link IndexUnavailableException} if closed. */
    public <T> T withSearcher(SearcherFunction<T> read) throws IOException {
        Open current = open;
        if (current == null) {
            throw new IndexUnavailableException();
        }
        ProductSearcher searcher;
        try {
            searcher = (ProductSearcher) current.searchers().acquire();
        } catch (AlreadyClosedException e) {
            throw new IndexUnavailableException();
        }
        try {
            return read.apply(searcher);
        } finally {
            current.searchers().release(searcher);
        }
    }

    @FunctionalInterface
    public interface SearcherFunction<T> {
        T apply(ProductSearcher searcher) throws IOException;
    }

    /** The index is closed (the service is starting, stopping or restarting its indexer). */
    public static class IndexUnavailableException extends RuntimeException {
        IndexUnavailableException() {
            super("The search index is not open");
        }
    }

    private IndexWriter writer() {
        return current().writer();
    }

    private Open current() {
        Open current = open;
        if (current == null) {
            throw new IndexUnavailableException();
        }
        return current;
    }
}
