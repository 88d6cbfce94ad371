package dev.emporium.search.index;

import dev.emporium.contracts.catalog.ProductChangedV1;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The index schema: which field holds what, how text is analysed, and how a product event becomes a document.
 * One place, so indexing and querying cannot disagree about a field name or an analyser.
 */
public final class ProductFields {

    /** Bump when the schema changes: an index written with another schema version is rebuilt from Kafka. */
    public static final String SCHEMA_VERSION = "3";

    // identity and bookkeeping
    public static final String ID = "id";
    public static final String VERSION = "version";
    // full text, English-stemmed (shirts -> shirt); name and brand are also stored for display
    public static final String NAME = "name";
    public static final String BRAND = "brand";
    public static final String DESCRIPTION = "description";
    public static final String CATEGORY_TEXT = "category_text";
    public static final String ATTRIBUTES = "attributes";
    // the words of the name as typed (lowercased, unstemmed): suggestions and typo matching of raw words
    public static final String NAME_WORDS = "name_words";
    // filters and facets
    public static final String BRAND_KEY = "brand_key";
    public static final String BRAND_FACET = "brand_facet";
    public static final String CATEGORY = "category";
    public static final String CATEGORY_FACET = "category_facet";
    /** Every variant's SKU: finds the documents whose in-stock flag a stock change may flip. */
    public static final String SKU = "sku";
    /** "true" when any of the product's SKUs is in stock, as the stock feed said when the document was (re)written. */
    public static final String IN_STOCK = "in_stock";
    public static final String PRICE_PREFIX = "price_";
    public static final String CREATED = "created";
    // display only
    public static final String SLUG = "slug";
    public static final String IMAGE = "image";
    // the product state the document was made of (JSON), so a stock change can rewrite it without the topic
    public static final String SOURCE = "source";

    /** Separates id, slug and name inside one category facet value. */
    private static final char CATEGORY_SEPARATOR = '\u001f';

    /** English: possessives, lowercase, accents folded, stop words dropped, Porter stems. */
    public static final Analyzer ENGLISH = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new ASCIIFoldingFilter(result);
            result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            return new TokenStreamComponents(source, new PorterStemFilter(result));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    };

    /** Words as typed: lowercase, accents folded, stop words dropped, no stemming. */
    public static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    };

    /** What the index writer analyses with: English everywhere except the raw name words. */
    public static final Analyzer INDEX_ANALYZER = new PerFieldAnalyzerWrapper(ENGLISH, Map.of(NAME_WORDS, WORDS));

    private ProductFields() {
    }

    /**
     * The document of an ACTIVE product.
     *
     * @param source  the product state as JSON, kept in the document to rewrite it when only its stock changes
     * @param inStock whether any of its SKUs is in stock now
     */
    public static Document document(ProductChangedV1 product, byte[] source, boolean inStock) {
        Document doc = new Document();
        String id = product.productId().toString();
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        doc.add(new NumericDocValuesField(VERSION, product.version()));

        String name = nullToEmpty(product.name());
        doc.add(new TextField(NAME, name, Field.Store.YES));
        doc.add(new TextField(NAME_WORDS, name, Field.Store.NO));
        doc.add(new TextField(DESCRIPTION, nullToEmpty(product.description()), Field.Store.NO));
        if (product.slug() != null) {
            doc.add(new StoredField(SLUG, product.slug()));
        }

        String brand = product.brand() == null ? "" : product.brand().strip();
        if (!brand.isEmpty()) {
            doc.add(new TextField(BRAND, brand, Field.Store.YES));
            doc.add(new StringField(BRAND_KEY, brandKey(brand), Field.Store.NO));
            doc.add(new SortedDocValuesField(BRAND_FACET, new BytesRef(brand)));
        }

        // every id and slug on the path, so a filter by a parent category finds the products of its children
        List<ProductChangedV1.CategoryRef> path = product.categoryPath() == null ? List.of() : product.categoryPath();
        Set<String> categoryKeys = new LinkedHashSet<>();
        if (product.categoryId() != null) {
            categoryKeys.add(product.categoryId().toString());
        }
        for (ProductChangedV1.CategoryRef category : path) {
            if (category == null) {
                continue;
            }
            if (category.id() != null) {
                categoryKeys.add(category.id().toString());
            }
            if (category.slug() != null) {
                categoryKeys.add(categoryKey(category.slug()));
            }
            if (category.name() != null) {
                doc.add(new TextField(CATEGORY_TEXT, category.name(), Field.Store.NO));
            }
        }
        categoryKeys.forEach(key -> doc.add(new StringField(CATEGORY, key, Field.Store.NO)));
        ProductChangedV1.CategoryRef leaf = leafCategory(product, path);
        if (leaf != null && leaf.id() != null) {
            doc.add(new SortedDocValuesField(CATEGORY_FACET, new BytesRef(encodeCategory(leaf))));
        }

        attributeValues(product).forEach(value -> doc.add(new TextField(ATTRIBUTES, value, Field.Store.NO)));

        skus(product).forEach(sku -> doc.add(new StringField(SKU, sku, Field.Store.YES)));
        doc.add(new StringField(IN_STOCK, Boolean.toString(inStock), Field.Store.YES));
        doc.add(new StoredField(SOURCE, source));

        cheapestPrices(product).forEach((currency, minorUnits) -> {
            String field = currency.priceField();
            doc.add(new LongPoint(field, minorUnits));
            doc.add(new NumericDocValuesField(field, minorUnits));
            doc.add(new StoredField(field, minorUnits));
        });

        Instant created = product.createdAt() != null ? product.createdAt() : product.updatedAt();
        doc.add(new NumericDocValuesField(CREATED, created == null ? 0L : created.toEpochMilli()));

        if (product.images() != null && !product.images().isEmpty() && product.images().getFirst() != null) {
            doc.add(new StoredField(IMAGE, product.images().getFirst()));
        }
        return doc;
    }

    /** The SKUs of the product's variants. */
    public static List<String> skus(ProductChangedV1 product) {
        return product.variants() == null ? List.of() : product.variants().stream()
                .filter(variant -> variant != null && variant.sku() != null).map(ProductChangedV1.Variant::sku).toList();
    }

    /** A product's price in each supported currency: the cheapest of its variants' prices in that currency. */
    public static Map<PriceCurrency, Long> cheapestPrices(ProductChangedV1 product) {
        Map<PriceCurrency, Long> cheapest = new EnumMap<>(PriceCurrency.class);
        if (product.variants() == null) {
            return cheapest;
        }
        for (ProductChangedV1.Variant variant : product.variants()) {
            if (variant == null || variant.prices() == null) {
                continue;
            }
            for (ProductChangedV1.Price price : variant.prices()) {
                if (price == null || price.amount() == null || price.amount().signum() < 0) {
                    continue;
                }
                PriceCurrency.parse(price.currency()).ifPresent(currency -> {
                    long minor = minorUnitsOrMax(currency, price.amount());
                    cheapest.merge(currency, minor, Math::min);
                });
            }
        }
        cheapest.values().removeIf(value -> value == Long.MAX_VALUE);
        return cheapest;
    }

    public static String brandKey(String brand) {
        return brand.strip().toLowerCase(Locale.ROOT);
    }

    /** Category ids are indexed in their canonical form, slugs lowercased. */
    public static String categoryKey(String idOrSlug) {
        String value = idOrSlug.strip();
        try {
            return UUID.fromString(value).toString();
        } catch (IllegalArgumentException notAnId) {
            return value.toLowerCase(Locale.ROOT);
        }
    }

    public static String encodeCategory(ProductChangedV1.CategoryRef category) {
        return category.id() + String.valueOf(CATEGORY_SEPARATOR) + nullToEmpty(category.slug()) + CATEGORY_SEPARATOR
                + nullToEmpty(category.name());
    }

    /** The id, slug and name a category facet value was made of. */
    public static String[] decodeCategory(String facetValue) {
        String[] parts = facetValue.split(String.valueOf(CATEGORY_SEPARATOR), -1);
        return parts.length == 3 ? parts : new String[] { facetValue, "", "" };
    }

    /** The terms an analyser makes of a text, in order. */
    public static List<String> terms(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String never does I/O
        }
        return terms;
    }

    private static ProductChangedV1.CategoryRef leafCategory(ProductChangedV1 product, List<ProductChangedV1.CategoryRef> path) {
        if (!path.isEmpty() && path.getLast() != null) {
            return path.getLast();
        }
        return product.categoryId() == null ? null : new ProductChangedV1.CategoryRef(product.categoryId(), null, null);
    }

    private static List<String> attributeValues(ProductChangedV1 product) {
        Set<String> values = new LinkedHashSet<>();
        if (product.attributes() != null) {
            product.attributes().values().forEach(value -> addIfText(values, value));
        }
        if (product.variants() != null) {
            product.variants().stream().filter(v -> v != null && v.attributes() != null)
                    .forEach(v -> v.attributes().values().forEach(value -> addIfText(values, value)));
        }
        return List.copyOf(values);
    }

    private static void addIfText(Set<String> values, String value) {
        if (value != null && !value.isBlank()) {
            values.add(value);
        }
    }

    private static long minorUnitsOrMax(PriceCurrency currency, BigDecimal amount) {
        try {
            return currency.toMinorUnits(amount);
        } catch (ArithmeticException absurd) {
            return Long.MAX_VALUE;
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
