package dev.emporium.search.indexing;

import dev.emporium.contracts.catalog.ProductChangedV1;
import dev.emporium.search.index.ProductDocument;
import dev.emporium.search.index.ProductFields;
import dev.emporium.search.index.ProductIndex;
import dev.emporium.search.stock.StockLevels;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Product documents and their in-stock flag: "any of the product's SKUs in stock" as {@link StockLevels} says. A
 * product written from its topic takes the levels of that moment; at every step of the feed, the SKUs that flipped
 * since are looked up ({@code sku}) and exactly the documents whose flag changed are rewritten from the product state
 * they keep ({@code source}). All of it runs on the feeding thread, the index's only writer, after a refresh: a
 * rewrite always starts from the latest document, so it can neither bring back an older state of a product nor one
 * the topic removed.
 * <p>
 * The flags are not part of the feed's position in the Lucene commit (stock has its own topic, read again at every
 * start), so after the index is (re)opened every document is checked once the stock levels are complete; until then
 * the flags are not {@linkplain #isInStockCurrent() current} and the replica is not ready.
 */
final class ProductDocuments {

    private static final Logger log = LoggerFactory.getLogger(ProductDocuments.class);
    private static final Set<String> CHECKED = Set.of(ProductFields.ID, ProductFields.SKU, ProductFields.IN_STOCK);
    private static final Set<String> SOURCE = Set.of(ProductFields.SOURCE);

    private final ProductIndex index;
    private final StockLevels stock;
    private final JsonMapper json;
    private final Counter rewritten;
    // confined to the feeding thread
    private final Set<String> flipped = new HashSet<>();
    private boolean checkAll = true;
    private volatile boolean current;

    ProductDocuments(ProductIndex index, StockLevels stock, JsonMapper json, MeterRegistry meters) {
        this.index = index;
        this.stock = stock;
        this.json = json;
        this.rewritten = Counter.builder("search.stock.rewritten")
                .description("Product documents rewritten because their in-stock flag changed")
                .register(meters);
    }

    /** The document of an ACTIVE product, in stock if any of its SKUs is now. */
    Document of(ProductChangedV1 product) {
        return ProductDocument.build(product, json.writeValueAsBytes(product), stock.anyInStock(ProductDocument.skus(product)));
    }

    /** The index was (re)opened: its flags are those of its last commit, maybe long ago. */
    void reopened() {
        checkAll = true;
        current = false;
    }

    /**
     * Rewrites the documents whose flag no longer matches the stock levels: all of them once after a (re)open (as
     * soon as the levels are complete), else those holding a SKU that flipped. A failed attempt is retried whole at
     * the next step. @return true if it rewrote any document
     */
    boolean followStock() throws IOException {
        flipped.addAll(stock.takeFlipped());
        if (checkAll) {
            flipped.clear(); // the check of every document covers them (it reads the levels after they were taken)
            if (!stock.isComplete()) {
                return false;
            }
            int count = rewriteStale(new MatchAllDocsQuery());
            checkAll = false;
            current = true;
            log.info("In-stock flags checked against {} SKUs: {} documents rewritten", stock.size(), count);
            return count > 0;
        }
        if (flipped.isEmpty()) {
            return false;
        }
        int count = rewriteStale(new TermInSetQuery(ProductFields.SKU, flipped.stream().map(BytesRef::new).toList()));
        flipped.clear();
        return count > 0;
    }

    /** True once every document's flag has been checked against the complete stock levels since the last (re)open. */
    boolean isInStockCurrent() {
        return current;
    }

    private int rewriteStale(Query candidates) throws IOException {
        index.refreshNow(); // the view must hold every document written so far (see the class comment)
        return index.withSearcher(searcher -> {
            Weight weight = searcher.createWeight(searcher.rewrite(candidates), ScoreMode.COMPLETE_NO_SCORES, 1f);
            StoredFields stored = searcher.storedFields();
            int count = 0;
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                Scorer scorer = weight.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                DocIdSetIterator docs = scorer.iterator();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    if ((live == null || live.get(doc)) && rewriteIfStale(stored, leaf.docBase + doc)) {
                        count++;
                    }
                }
            }
            return count;
        });
    }

    /** Writes while the view is held: the view is a point in time, untouched by the writes. */
    private boolean rewriteIfStale(StoredFields stored, int doc) throws IOException {
        Document held = stored.document(doc, CHECKED);
        boolean inStock = stock.anyInStock(List.of(held.getValues(ProductFields.SKU)));
        if (Boolean.toString(inStock).equals(held.get(ProductFields.IN_STOCK))) {
            return false;
        }
        BytesRef source = stored.document(doc, SOURCE).getBinaryValue(ProductFields.SOURCE);
        Document document;
        try {
            byte[] bytes = Arrays.copyOfRange(source.bytes, source.offset, source.offset + source.length);
            document = ProductDocument.build(json.readValue(bytes, ProductChangedV1.class), bytes, inStock);
        } catch (RuntimeException unreadable) {
            // never expected (this class wrote it), but one bad document must not stop the feed: its next event fixes it
            log.warn("Cannot rewrite the document of product {} for its stock: {}", held.get(ProductFields.ID), unreadable.toString());
            return false;
        }
        index.upsert(held.get(ProductFields.ID), document);
        rewritten.increment();
        return true;
    }
}
