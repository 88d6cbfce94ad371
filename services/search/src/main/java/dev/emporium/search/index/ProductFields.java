package dev.emporium.search.index;

import dev.emporium.contracts.catalog.ProductChangedV1;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
