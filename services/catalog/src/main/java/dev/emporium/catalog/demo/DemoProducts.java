package dev.emporium.catalog.demo;

import dev.emporium.catalog.Slugs;
import dev.emporium.catalog.demo.DemoAssortment.Axis;
import dev.emporium.catalog.demo.DemoAssortment.Department;
import dev.emporium.catalog.demo.DemoAssortment.Shelf;
import dev.emporium.catalog.product.Product;
import dev.emporium.catalog.product.ProductStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Makes demo product number n, always the same way: the shop looks the same on every machine and seeding twice
 * changes nothing. Names, descriptions, variants and prices come from {@link DemoAssortment}.
 */
final class DemoProducts {

    private static final Instant FIRST_LISTED = Instant.parse("2025-11-01T00:00:00Z");
    private static final List<String> APPAREL_SIZES = List.of("XS", "S", "M", "L", "XL", "XXL");
    private static final Map<String, List<String>> CAPACITIES = Map.of(
            "cookware", List.of("20 cm", "24 cm", "28 cm"),
            "coffee-tea", List.of("350 ml", "600 ml", "1 l"),
            "bedding", List.of("Single", "Double", "King"),
            "fitness", List.of("Light", "Medium", "Heavy"),
            "skincare", List.of("30 ml", "50 ml"),
            "fragrance", List.of("50 ml", "100 ml"));
    private static final List<String> BENEFITS = List.of(
            "holds its shape wash after wash", "is built to last for years", "feels good from the first day",
            "packs down small", "is easy to care for", "looks as good as it works", "was tested by our team for months");

    private final List<Shelf> shelves = new ArrayList<>();
    private final Map<String, String> departmentOf = new LinkedHashMap<>();

    DemoProducts() {
        for (Department department : DemoAssortment.DEPARTMENTS) {
            for (Shelf shelf : department.shelves()) {
                shelves.add(shelf);
                departmentOf.put(shelf.slug(), department.slug());
            }
        }
    }

    static UUID categoryId(String slug) {
        return UUID.nameUUIDFromBytes(("emporium-demo-category:" + slug).getBytes(StandardCharsets.UTF_8));
    }

    static UUID productId(int n) {
        return UUID.nameUUIDFromBytes(("emporium-demo-product:" + n).getBytes(StandardCharsets.UTF_8));
    }

    Product product(int n) {
        Shelf shelf = shelves.get(n % shelves.size());
        int round = n / shelves.size();
        Random random = new Random(n * 7_919L + 17);
        String noun = shelf.nouns().get(round % shelf.nouns().size());
        String adjective = pick(shelf.adjectives(), random);
        String material = pick(shelf.materials(), random);
        String brand = pick(shelf.brands(), random);
        boolean book = shelf.axes().contains(Axis.BOOK_FORMAT);
        int series = round / shelf.nouns().size();
        String name = book ? noun + (series > 0 ? ", Volume " + (series + 1) : "")
                : adjective + " " + material + " " + noun + (round >= shelf.nouns().size() * 25 ? " No. " + (series + 1) : "");
        String slug = Slugs.of(name) + "-" + Integer.toString(n, 36);
        BigDecimal basePrice = charmPrice(shelf.minPrice() + random.nextInt(Math.max(1, shelf.maxPrice() - shelf.minPrice())));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(book ? "genre" : "material", material);
        attributes.put("origin", pick(List.of("Portugal", "Italy", "Japan", "Vietnam", "Germany", "USA", "Denmark"), random));
        List<String> uses = new ArrayList<>(shelf.uses());
        java.util.Collections.shuffle(uses, random);
        String description = book
                ? name + " is a " + material.toLowerCase() + " title from " + brand + ". " + capitalise(adjective.replace(":", ""))
                        + " and perfect for " + uses.get(0) + ", it " + pick(BENEFITS, random) + "."
                : "The " + name + " from " + brand + " is made of " + material.toLowerCase() + ". Designed for "
                        + uses.get(0) + " and " + uses.get(1) + ", it " + pick(BENEFITS, random)
                        + ". Backed by our 30-day returns and a two-year warranty.";
        Instant listed = FIRST_LISTED.plus(Duration.ofSeconds((n * 104_729L) % Duration.ofDays(365).toSeconds()));
        return new Product(productId(n), slug, name, description, brand, categoryId(shelf.slug()), attributes,
                List.of("/api/v1/products/" + slug + "/images/1", "/api/v1/products/" + slug + "/images/2"),
                ProductStatus.ACTIVE, weightGrams(departmentOf.get(shelf.slug()), random),
                variants(shelf, n, basePrice, random), 1, listed, listed);
    }

    private List<Product.Variant> variants(Shelf shelf, int n, BigDecimal basePrice, Random random) {
        List<Map<String, String>> options = List.of(new LinkedHashMap<>());
        List<BigDecimal> surcharges = new ArrayList<>(List.of(BigDecimal.ONE));
        for (Axis axis : shelf.axes()) {
            List<String> values = switch (axis) {
                case APPAREL_SIZE -> window(APPAREL_SIZES, 4, random);
                case SHOE_SIZE -> window(List.of("39", "40", "41", "42", "43", "44", "45", "46"), 5, random);
                case COLOR -> window(DemoAssortment.COLORS, 1 + random.nextInt(3), random);
                case BOOK_FORMAT -> List.of("Hardcover", "Paperback", "E-book");
                case CAPACITY -> CAPACITIES.getOrDefault(shelf.slug(), List.of("Standard"));
                case NONE -> List.of();
            };
            if (values.isEmpty()) {
                continue;
            }
            String key = switch (axis) {
                case APPAREL_SIZE, SHOE_SIZE -> "size";
                case COLOR -> "color";
                case BOOK_FORMAT -> "format";
                default -> "size";
            };
            List<Map<String, String>> combined = new ArrayList<>();
            List<BigDecimal> combinedSurcharges = new ArrayList<>();
            for (int o = 0; o < options.size(); o++) {
                for (int v = 0; v < values.size(); v++) {
                    Map<String, String> option = new LinkedHashMap<>(options.get(o));
                    option.put(key, values.get(v));
                    combined.add(option);
                    BigDecimal factor = switch (axis) {
                        case BOOK_FORMAT -> List.of(new BigDecimal("1.4"), BigDecimal.ONE, new BigDecimal("0.6")).get(v);
                        case CAPACITY -> BigDecimal.ONE.add(new BigDecimal("0.25").multiply(BigDecimal.valueOf(v)));
                        default -> BigDecimal.ONE;
                    };
                    combinedSurcharges.add(surcharges.get(o).multiply(factor));
                }
            }
            options = combined;
            surcharges = combinedSurcharges;
        }
        List<Product.Variant> variants = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            Map<String, BigDecimal> prices = new LinkedHashMap<>();
            BigDecimal usd = charmPrice(basePrice.multiply(surcharges.get(i)).intValue());
            prices.put("USD", usd);
            if (n % 5 == 0) {
                // some products carry a hand-set euro price instead of the converted one
                prices.put("EUR", charmPrice(usd.multiply(new BigDecimal("0.95")).intValue()));
            }
            String suffix = String.join("-", options.get(i).values()).toUpperCase().replaceAll("[^A-Z0-9]+", "");
            String sku = shelf.skuPrefix() + "-" + String.format("%06d", n) + (suffix.isEmpty() ? "" : "-" + suffix);
            variants.add(new Product.Variant(sku, options.get(i), prices));
        }
        return variants;
    }

    private static List<String> window(List<String> values, int size, Random random) {
        int count = Math.min(size, values.size());
        int start = random.nextInt(values.size() - count + 1);
        return values.subList(start, start + count);
    }

    private static BigDecimal charmPrice(int whole) {
        return BigDecimal.valueOf(Math.max(whole, 1)).subtract(new BigDecimal("0.01")).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static int weightGrams(String department, Random random) {
        return switch (department) {
            case "clothing" -> 150 + random.nextInt(900);
            case "shoes" -> 500 + random.nextInt(900);
            case "electronics" -> 40 + random.nextInt(1500);
            case "home-kitchen" -> 300 + random.nextInt(4000);
            case "sports-outdoors" -> 80 + random.nextInt(3000);
            case "beauty" -> 50 + random.nextInt(400);
            case "books" -> 200 + random.nextInt(800);
            default -> 100 + random.nextInt(1500);
        };
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
