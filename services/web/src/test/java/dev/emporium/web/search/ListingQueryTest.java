package dev.emporium.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ListingQueryTest {

    @Test
    void dropsAPriceThatIsNotANumberAndSaysSo() {
        ListingQuery.Parsed parsed = ListingQuery.parse(Map.of("minPrice", new String[] {"ten"}), "shirts");

        assertThat(parsed.query().minPrice()).isNull();
        assertThat(parsed.problems()).containsExactly("listing.error.price");
    }

    @Test
    void readsAGermanDecimalCommaAsAPrice() {
        assertThat(ListingQuery.parse(Map.of("maxPrice", new String[] {"24,99"}), "shirts").query().maxPrice()).isEqualTo("24.99");
    }

    @Test
    void dropsAHighestPriceBelowTheLowestAndSaysSo() {
        ListingQuery.Parsed parsed = ListingQuery.parse(Map.of("minPrice", new String[] {"50"}, "maxPrice", new String[] {"10"}), "shirts");

        assertThat(parsed.query().maxPrice()).isNull();
        assertThat(parsed.problems()).containsExactly("listing.error.price-range");
    }

    @Test
    void sortsAnUnknownOrderByNewestOnACategoryPage() {
        assertThat(ListingQuery.parse(Map.of("sort", new String[] {"DROP TABLE"}), "shirts").query().sort()).isEqualTo("newest");
    }

    @Test
    void sortsBestMatchesFirstWhenSearching() {
        assertThat(ListingQuery.parse(Map.of("q", new String[] {"shirt"}), null).query().sort()).isEqualTo("relevance");
    }

    @Test
    void startsAtTheFirstPageForAPageThatIsNotANumber() {
        assertThat(ListingQuery.parse(Map.of("page", new String[] {"-3"}), "shirts").query().page()).isZero();
    }

    @Test
    void shortensAQueryOver200CharactersAndSaysSo() {
        ListingQuery.Parsed parsed = ListingQuery.parse(Map.of("q", new String[] {"a".repeat(500)}), null);

        assertThat(parsed.query().q()).hasSize(200);
        assertThat(parsed.problems()).containsExactly("search.error.too-long");
    }

    @Test
    void keepsAPlusAndAnAmpersandInABrandInTheNextPagesLink() {
        ListingQuery query = ListingQuery.parse(Map.of("q", new String[] {"tea"}, "brand", new String[] {"Fortnum & Mason+"}), null).query();

        assertThat(query.pageUrl("/search", 2)).isEqualTo("/search?q=tea&brand=Fortnum+%26+Mason%2B&page=2");
    }
}
