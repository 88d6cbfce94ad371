package dev.emporium.search.query;

import dev.emporium.search.index.PriceCurrency;
import dev.emporium.search.index.ProductFields;
import dev.emporium.search.index.ProductIndex;
import dev.emporium.search.index.ProductSearcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.facet.range.LongRange;
import org.apache.lucene.facet.range.LongRangeFacetCounts;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.MultiTermQuery;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.LongValuesSource;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * Runs a {@link SearchRequest} against the current index view: relevance-ranked, typo-tolerant text matching,
 * filters, sorting, paging and facet counts, in one pass over the matching documents.
 */
@Component
public class ProductSearch {

    static final float NAME_BOOST = 3f;
    static final float BRAND_BOOST = 2f;
    static final float DESCRIPTION_BOOST = 1f;
    static final float OTHER_TEXT_BOOST = 1f;
    /** Fuzzy matches count, but an exact (or stemmed) match always ranks above a typo match. */
    static final float FUZZY_FACTOR = 0.3f;
    static final int FUZZY_MAX_EXPANSIONS = 16;
    static final int FUZZY_PREFIX_LENGTH = 1;
    private static final Cache<String, Query> TYPO_QUERIES = Caffeine.newBuilder().maximumSize(20_000).build();
    static final int MAX_QUERY_TERMS = 10;
    static final int FACET_SIZE = 20;
    /** Price buckets in whole units of the requested currency: [0, 25), [25, 50) ... [500, ∞). */
    static final long[] PRICE_BOUNDS = { 0, 25, 50, 100, 250, 500 };

    private static final Query IN_STOCK = new TermQuery(new Term(ProductFields.IN_STOCK, "true"));

    private final ProductIndex index;

    public ProductSearch(ProductIndex index) {
        this.index = index;
    }

    public SearchResponse search(SearchRequest request) throws IOException {
        Query query = query(request);
        Sort sort = sort(request);
        int offset = (int) request.page().offset();
        int window = offset + request.page().size();
        return index.withSearcher(searcher -> {
            FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, query, window, sort, true,
                    new FacetsCollectorManager());
            FacetsCollector matches = result.facetsCollector();
            long total = matches.getMatchingDocs().stream().mapToLong(FacetsCollector.MatchingDocs::totalHits).sum();
            List<SearchResponse.Item> items = items(searcher, result.topDocs(), offset, request.currency());
            SearchResponse.Facets facets = new SearchResponse.Facets(brandFacet(searcher, matches),
                    categoryFacet(searcher, matches), priceFacet(matches, request.currency()));
            int size = request.page().size();
            return new SearchResponse(items, total, (int) ((total + size - 1) / size), request.page().page(), size,
                    request.currency().name(), request.sort().value(), facets);
        });
    }

    /** The text query (or all products) narrowed by the filters, which do not affect scores. */
    Query query(SearchRequest request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(request.text() == null ? new MatchAllDocsQuery() : textQuery(request.text()), BooleanClause.Occur.MUST);
        if (request.category() != null) {
            query.add(new TermQuery(new Term(ProductFields.CATEGORY, ProductFields.categoryKey(request.category()))),
                    BooleanClause.Occur.FILTER);
        }
        if (!request.brands().isEmpty()) {
            query.add(new TermInSetQuery(ProductFields.BRAND_KEY,
                    request.brands().stream().map(b -> new BytesRef(ProductFields.brandKey(b))).toList()), BooleanClause.Occur.FILTER);
        }
        if (request.minPrice() != null || request.maxPrice() != null) {
            String field = request.currency().priceField();
            long min = request.minPrice() == null ? Long.MIN_VALUE : request.minPrice();
            long max = request.maxPrice() == null ? Long.MAX_VALUE : request.maxPrice();
            // points when the range is selective, doc values when other clauses already narrowed the candidates
            query.add(new IndexOrDocValuesQuery(LongPoint.newRangeQuery(field, min, max),
                    NumericDocValuesField.newSlowRangeQuery(field, min, max)), BooleanClause.Occur.FILTER);
        }
        if (request.inStockOnly()) {
            // a flag of the document, kept up to date by the indexer as stock changes
            query.add(IN_STOCK, BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /**
     * Every word must match somewhere. A word matches its stem in name (x3), brand (x2), description, category
     * names and attributes (x1), or, at a lower boost, a close spelling of it in name or brand (typos).
     */
    static Query textQuery(String text) {
        List<String> words = ProductFields.terms(ProductFields.WORDS, ProductFields.NAME_WORDS, text);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int added = 0;
        for (String word : words) {
            if (added == MAX_QUERY_TERMS) {
                break;
            }
            List<String> stems = ProductFields.terms(ProductFields.ENGLISH, ProductFields.NAME, word);
            if (stems.isEmpty()) {
                continue;
            }
            String stem = stems.getFirst();
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            any.add(boosted(new TermQuery(new Term(ProductFields.NAME, stem)), NAME_BOOST), BooleanClause.Occur.SHOULD);
            any.add(boosted(new TermQuery(new Term(ProductFields.BRAND, stem)), BRAND_BOOST), BooleanClause.Occur.SHOULD);
            any.add(boosted(new TermQuery(new Term(ProductFields.DESCRIPTION, stem)), DESCRIPTION_BOOST), BooleanClause.Occur.SHOULD);
            any.add(boosted(new TermQuery(new Term(ProductFields.CATEGORY_TEXT, stem)), OTHER_TEXT_BOOST), BooleanClause.Occur.SHOULD);
            any.add(boosted(new TermQuery(new Term(ProductFields.ATTRIBUTES, stem)), OTHER_TEXT_BOOST), BooleanClause.Occur.SHOULD);
            int stemEdits = maxEdits(stem);
            if (stemEdits > 0) {
                any.add(boosted(fuzzy(ProductFields.NAME, stem, stemEdits), NAME_BOOST * FUZZY_FACTOR), BooleanClause.Occur.SHOULD);
                any.add(boosted(fuzzy(ProductFields.BRAND, stem, stemEdits), BRAND_BOOST * FUZZY_FACTOR), BooleanClause.Occur.SHOULD);
            }
            // the word as typed against the unstemmed name words: catches typos that defeat the stemmer (runnign)
            int wordEdits = maxEdits(word);
            if (wordEdits > 0 && !word.equals(stem)) {
                any.add(boosted(fuzzy(ProductFields.NAME_WORDS, word, wordEdits), NAME_BOOST * FUZZY_FACTOR),
                        BooleanClause.Occur.SHOULD);
            }
            all.add(any.build(), BooleanClause.Occur.MUST);
            added++;
        }
        return added == 0 ? new MatchNoDocsQuery("no searchable words") : all.build();
    }

    /**
     * Edits tolerated for a word: none up to 3 characters, 1 for 4-7, 2 from 8. Two-edit automata are costly to build
     * (per query, field and segment), so they are kept for words long enough to need them.
     */
    static int maxEdits(String word) {
        int length = word.codePointCount(0, word.length());
        return length < 4 ? 0 : length <= 7 ? 1 : 2;
    }

    /**
     * A typo-tolerant match of {@code term}. The first letter must be right (typos there are rare, and a fixed prefix
     * makes the automaton far cheaper). Building a Levenshtein automaton costs far more than running it, and a
     * FuzzyQuery builds it again for every search and segment, so the compiled query is kept per field, term and
     * distance and reused by every search.
     */
    private static Query fuzzy(String field, String term, int maxEdits) {
        return TYPO_QUERIES.get(field + '\u0000' + maxEdits + '\u0000' + term, key -> new AutomatonQuery(new Term(field, term),
                FuzzyQuery.getFuzzyAutomaton(term, maxEdits, FUZZY_PREFIX_LENGTH, true).automaton, false,
                new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(FUZZY_MAX_EXPANSIONS)));
    }

    private static Query boosted(Query query, float boost) {
        return boost == 1f ? query : new BoostQuery(query, boost);
    }

    /** Ties broken by newest then id, so paging is stable. */
    static Sort sort(SearchRequest request) {
        SortField newest = new SortField(ProductFields.CREATED, SortField.Type.LONG, true);
        SortField id = new SortField(ProductFields.ID, SortField.Type.STRING);
        return switch (request.sort()) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, id);
            case NEWEST -> new Sort(newest, id);
            case PRICE_ASC -> new Sort(price(request.currency(), false), newest, id);
            case PRICE_DESC -> new Sort(price(request.currency(), true), newest, id);
        };
    }

    /** Products without a price in the currency come last either way. */
    private static SortField price(PriceCurrency currency, boolean descending) {
        SortField field = new SortField(currency.priceField(), SortField.Type.LONG, descending);
        field.setMissingValue(descending ? Long.MIN_VALUE : Long.MAX_VALUE);
        return field;
    }

    private List<SearchResponse.Item> items(ProductSearcher searcher, TopDocs top, int offset, PriceCurrency currency)
            throws IOException {
        String priceField = currency.priceField();
        Set<String> fields = Set.of(ProductFields.ID, ProductFields.SLUG, ProductFields.NAME, ProductFields.BRAND,
                ProductFields.IMAGE, ProductFields.IN_STOCK, priceField);
        StoredFields stored = searcher.storedFields();
        List<SearchResponse.Item> items = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            Document doc = stored.document(hit.doc, fields);
            IndexableField price = doc.getField(priceField);
            items.add(new SearchResponse.Item(doc.get(ProductFields.ID), doc.get(ProductFields.SLUG), doc.get(ProductFields.NAME),
                    doc.get(ProductFields.BRAND),
                    price == null ? null : new SearchResponse.Money(currency.format(price.numericValue().longValue()), currency.name()),
                    doc.get(ProductFields.IMAGE), Boolean.parseBoolean(doc.get(ProductFields.IN_STOCK)),
                    Float.isNaN(hit.score) ? 0f : hit.score));
        }
        return items;
    }

    private static List<SearchResponse.ValueCount> brandFacet(ProductSearcher searcher, FacetsCollector matches) throws IOException {
        List<SearchResponse.ValueCount> brands = new ArrayList<>();
        for (LabelAndValue value : topValues(searcher, matches, ProductFields.BRAND_FACET)) {
            brands.add(new SearchResponse.ValueCount(value.label, value.value.longValue()));
        }
        brands.sort(Comparator.comparingLong(SearchResponse.ValueCount::count).reversed()
                .thenComparing(SearchResponse.ValueCount::value));
        return brands;
    }

    /** Counted per leaf category; one id's counts are merged should its name have changed between events. */
    private static List<SearchResponse.CategoryCount> categoryFacet(ProductSearcher searcher, FacetsCollector matches)
            throws IOException {
        Map<String, SearchResponse.CategoryCount> byId = new LinkedHashMap<>();
        for (LabelAndValue value : topValues(searcher, matches, ProductFields.CATEGORY_FACET)) {
            String[] category = ProductFields.decodeCategory(value.label);
            long count = value.value.longValue();
            byId.merge(category[0], new SearchResponse.CategoryCount(category[0], emptyToNull(category[1]), emptyToNull(category[2]), count),
                    (a, b) -> new SearchResponse.CategoryCount(a.value(), a.slug(), a.name(), a.count() + b.count()));
        }
        List<SearchResponse.CategoryCount> categories = new ArrayList<>(byId.values());
        categories.sort(Comparator.comparingLong(SearchResponse.CategoryCount::count).reversed()
                .thenComparing(c -> c.name() == null ? "" : c.name()));
        return categories;
    }

    private static List<LabelAndValue> topValues(ProductSearcher searcher, FacetsCollector matches, String field) throws IOException {
        var state = searcher.facetState(field);
        if (state.isEmpty()) {
            return List.of();
        }
        FacetResult result = new StringValueFacetCounts(state.get(), matches).getTopChildren(FACET_SIZE, field);
        return result == null ? List.of() : List.of(result.labelValues);
    }

    /** Every bucket, empty ones included, so a client can render a stable price filter. */
    private static List<SearchResponse.PriceRangeCount> priceFacet(FacetsCollector matches, PriceCurrency currency) throws IOException {
        long unit = currency.minorUnitsPerUnit();
        LongRange[] ranges = new LongRange[PRICE_BOUNDS.length];
        for (int i = 0; i < PRICE_BOUNDS.length; i++) {
            boolean last = i == PRICE_BOUNDS.length - 1;
            ranges[i] = new LongRange(Integer.toString(i), PRICE_BOUNDS[i] * unit, true,
                    last ? Long.MAX_VALUE : PRICE_BOUNDS[i + 1] * unit, last);
        }
        LongRangeFacetCounts counts = new LongRangeFacetCounts("price", LongValuesSource.fromLongField(currency.priceField()),
                matches, ranges);
        Map<String, Long> byLabel = new HashMap<>();
        FacetResult result = counts.getAllChildren("price");
        if (result != null) {
            for (LabelAndValue value : result.labelValues) {
                byLabel.put(value.label, value.value.longValue());
            }
        }
        List<SearchResponse.PriceRangeCount> buckets = new ArrayList<>();
        for (int i = 0; i < PRICE_BOUNDS.length; i++) {
            boolean last = i == PRICE_BOUNDS.length - 1;
            buckets.add(new SearchResponse.PriceRangeCount(currency.format(PRICE_BOUNDS[i] * unit),
                    last ? null : currency.format(PRICE_BOUNDS[i + 1] * unit), byLabel.getOrDefault(Integer.toString(i), 0L)));
        }
        return buckets;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
