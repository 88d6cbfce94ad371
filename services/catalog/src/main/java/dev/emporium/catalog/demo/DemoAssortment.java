package dev.emporium.catalog.demo;

import java.util.List;

/**
 * What the demo shop sells: eight departments with their sub-categories, and per sub-category the words its product
 * names, descriptions and variants are made of, its brands and its price range (USD).
 */
final class DemoAssortment {

    enum Axis { APPAREL_SIZE, SHOE_SIZE, COLOR, BOOK_FORMAT, CAPACITY, NONE }

    record Department(String slug, String name, List<Shelf> shelves) {
    }

    record Shelf(String slug, String name, String skuPrefix, List<String> nouns, List<String> adjectives,
            List<String> materials, List<String> brands, int minPrice, int maxPrice, List<Axis> axes, List<String> uses) {
    }

    static final List<String> COLORS = List.of("Black", "White", "Navy", "Olive", "Sand", "Burgundy", "Slate", "Forest Green",
            "Charcoal", "Sky Blue", "Rust", "Cream");

    static final List<Department> DEPARTMENTS = List.of(
            new Department("clothing", "Clothing", List.of(
                    new Shelf("t-shirts", "T-Shirts", "TSH", List.of("Crew-Neck T-Shirt", "V-Neck T-Shirt", "Pocket Tee", "Long-Sleeve Tee", "Henley Shirt", "Ringer Tee"),
                            List.of("Classic", "Everyday", "Heavyweight", "Slim-Fit", "Relaxed", "Vintage-Wash", "Essential"),
                            List.of("Organic Cotton", "Pima Cotton", "Linen-Blend", "Bamboo Jersey", "Slub Cotton"),
                            List.of("Northwind", "Harbor & Pine", "Fieldhouse", "Kestrel"), 15, 45,
                            List.of(Axis.APPAREL_SIZE, Axis.COLOR), List.of("everyday wear", "layering", "weekend trips")),
                    new Shelf("shirts", "Shirts", "SHR", List.of("Oxford Shirt", "Flannel Shirt", "Chambray Shirt", "Poplin Shirt", "Overshirt", "Camp-Collar Shirt"),
                            List.of("Button-Down", "Tailored", "Brushed", "Garment-Dyed", "Washed", "Travel"),
                            List.of("Cotton Twill", "Brushed Flannel", "Linen", "Stretch Poplin", "Chambray"),
                            List.of("Northwind", "Atelier Moss", "Harbor & Pine", "Fieldhouse"), 35, 110,
                            List.of(Axis.APPAREL_SIZE, Axis.COLOR), List.of("the office", "dinners out", "travel")),
                    new Shelf("jackets", "Jackets", "JKT", List.of("Rain Jacket", "Puffer Jacket", "Field Jacket", "Denim Jacket", "Softshell Jacket", "Quilted Vest"),
                            List.of("Waterproof", "Packable", "Insulated", "Lightweight", "Storm-Ready", "Windproof"),
                            List.of("Recycled Nylon", "Waxed Cotton", "Selvedge Denim", "Ripstop", "Down-Filled"),
                            List.of("Summit Line", "Kestrel", "Alder & Co.", "Northwind"), 79, 320,
                            List.of(Axis.APPAREL_SIZE, Axis.COLOR), List.of("city commutes", "hiking", "cold mornings")),
                    new Shelf("knitwear", "Knitwear", "KNT", List.of("Crewneck Sweater", "Cardigan", "Rollneck Sweater", "Quarter-Zip Pullover", "Cable-Knit Sweater"),
                            List.of("Soft", "Chunky", "Fine-Gauge", "Cosy", "Ribbed", "Fisherman"),
                            List.of("Merino Wool", "Lambswool", "Cashmere-Blend", "Alpaca-Blend", "Cotton Knit"),
                            List.of("Atelier Moss", "Alder & Co.", "Harbor & Pine"), 59, 240,
                            List.of(Axis.APPAREL_SIZE, Axis.COLOR), List.of("chilly evenings", "layering", "the office")))),
            new Department("shoes", "Shoes", List.of(
                    new Shelf("sneakers", "Sneakers", "SNK", List.of("Court Sneaker", "Running Shoe", "Trail Runner", "Canvas Low-Top", "Retro Trainer"),
                            List.of("Lightweight", "Cushioned", "Everyday", "Breathable", "Classic", "Responsive"),
                            List.of("Knit", "Suede", "Canvas", "Leather", "Recycled Mesh"),
                            List.of("Stride Lab", "Velo Athletics", "Kestrel", "Parkside"), 49, 180,
                            List.of(Axis.SHOE_SIZE, Axis.COLOR), List.of("long walks", "the gym", "city days")),
                    new Shelf("boots", "Boots", "BOT", List.of("Chelsea Boot", "Hiking Boot", "Chukka Boot", "Winter Boot", "Work Boot"),
                            List.of("Waterproof", "Rugged", "Lined", "Hand-Stitched", "All-Weather"),
                            List.of("Full-Grain Leather", "Suede", "Nubuck", "Waxed Leather"),
                            List.of("Alder & Co.", "Summit Line", "Ironbark"), 89, 290,
                            List.of(Axis.SHOE_SIZE, Axis.COLOR), List.of("muddy trails", "winter streets", "long workdays")),
                    new Shelf("sandals", "Sandals", "SND", List.of("Slide Sandal", "Sport Sandal", "Espadrille", "Flip-Flop", "Strap Sandal"),
                            List.of("Comfort", "Contoured", "Summer", "Quick-Dry", "Cushioned"),
                            List.of("Cork", "EVA Foam", "Jute", "Leather", "Recycled Rubber"),
                            List.of("Parkside", "Stride Lab", "Coastline"), 25, 95,
                            List.of(Axis.SHOE_SIZE, Axis.COLOR), List.of("the beach", "summer days", "travel")))),
            new Department("electronics", "Electronics", List.of(
                    new Shelf("headphones", "Headphones", "HPH", List.of("Wireless Headphones", "Earbuds", "Studio Headphones", "Sport Earphones", "Noise-Cancelling Headphones"),
                            List.of("Wireless", "Over-Ear", "True Wireless", "Foldable", "Hi-Res"),
                            List.of("40 mm Drivers", "Active Noise Cancelling", "Bluetooth 5.3", "USB-C Charging", "Memory-Foam Cushions"),
                            List.of("Sonora", "Aurel Audio", "Pulse", "Lumen"), 29, 349,
                            List.of(Axis.COLOR), List.of("commutes", "focus work", "workouts")),
                    new Shelf("speakers", "Speakers", "SPK", List.of("Bluetooth Speaker", "Smart Speaker", "Bookshelf Speakers", "Soundbar", "Party Speaker"),
                            List.of("Portable", "Waterproof", "Room-Filling", "Compact", "Stereo"),
                            List.of("360° Sound", "20-Hour Battery", "Wi-Fi Streaming", "Deep Bass", "IP67 Rating"),
                            List.of("Sonora", "Aurel Audio", "Boomtown"), 39, 499,
                            List.of(Axis.COLOR), List.of("picnics", "living rooms", "movie nights")),
                    new Shelf("chargers-cables", "Chargers & Cables", "CHG", List.of("USB-C Charger", "Power Bank", "Charging Cable", "Wireless Charging Pad", "Travel Adapter"),
                            List.of("Fast", "Compact", "Braided", "Dual-Port", "Universal"),
                            List.of("65 W GaN", "20,000 mAh", "Nylon-Braided", "Qi2", "Multi-Plug"),
                            List.of("Voltix", "Lumen", "Pulse"), 12, 89,
                            List.of(Axis.COLOR), List.of("travel", "the desk", "the car")))),
            new Department("home-kitchen", "Home & Kitchen", List.of(
                    new Shelf("cookware", "Cookware", "CKW", List.of("Frying Pan", "Dutch Oven", "Saucepan", "Wok", "Stockpot", "Grill Pan"),
                            List.of("Non-Stick", "Enamelled", "Tri-Ply", "Pre-Seasoned", "Professional"),
                            List.of("Cast Iron", "Stainless Steel", "Carbon Steel", "Ceramic-Coated Aluminium"),
                            List.of("Hearth & Co.", "Copperleaf", "Maison Verte"), 24, 260,
                            List.of(Axis.CAPACITY), List.of("weeknight dinners", "slow braises", "searing")),
                    new Shelf("coffee-tea", "Coffee & Tea", "COF", List.of("Pour-Over Dripper", "French Press", "Burr Grinder", "Espresso Cups", "Tea Kettle", "Cold-Brew Maker"),
                            List.of("Gooseneck", "Insulated", "Hand-Blown", "Precision", "Classic"),
                            List.of("Borosilicate Glass", "Stainless Steel", "Stoneware", "Ceramic Burrs"),
                            List.of("Roast Republic", "Copperleaf", "Hearth & Co."), 15, 180,
                            List.of(Axis.CAPACITY), List.of("slow mornings", "the office", "weekend brunch")),
                    new Shelf("bedding", "Bedding", "BED", List.of("Duvet Cover", "Sheet Set", "Pillow", "Throw Blanket", "Quilt"),
                            List.of("Breathable", "Stonewashed", "Hotel-Quality", "Cosy", "Lightweight"),
                            List.of("Percale Cotton", "Sateen Cotton", "French Linen", "Organic Cotton", "Wool"),
                            List.of("Maison Verte", "Slumberly", "Alder & Co."), 29, 220,
                            List.of(Axis.CAPACITY, Axis.COLOR), List.of("restful nights", "guest rooms", "cold winters")))),
            new Department("sports-outdoors", "Sports & Outdoors", List.of(
                    new Shelf("camping", "Camping", "CMP", List.of("Two-Person Tent", "Sleeping Bag", "Camp Stove", "Headlamp", "Trekking Poles", "Camp Chair"),
                            List.of("Ultralight", "Three-Season", "Compact", "Rugged", "Weatherproof"),
                            List.of("Ripstop Nylon", "Aluminium", "Down Insulation", "Titanium", "Recycled Polyester"),
                            List.of("Summit Line", "Trailcraft", "Ironbark"), 19, 420,
                            List.of(Axis.COLOR), List.of("backpacking", "festivals", "family camping")),
                    new Shelf("cycling", "Cycling", "CYC", List.of("Bike Helmet", "Bike Light Set", "Cycling Gloves", "Saddle Bag", "Mini Pump", "Bike Lock"),
                            List.of("Aero", "Reflective", "Lightweight", "Commuter", "Heavy-Duty"),
                            List.of("MIPS Protection", "USB Rechargeable", "Hardened Steel", "Padded Palms", "Waterproof Fabric"),
                            List.of("Velo Athletics", "Spoke & Chain", "Trailcraft"), 15, 220,
                            List.of(Axis.COLOR), List.of("commuting", "road rides", "mountain trails")),
                    new Shelf("fitness", "Fitness", "FIT", List.of("Yoga Mat", "Kettlebell", "Resistance Bands", "Jump Rope", "Foam Roller", "Adjustable Dumbbells"),
                            List.of("Non-Slip", "Durable", "Home-Gym", "Pro", "Travel"),
                            List.of("Natural Rubber", "Cast Iron", "Latex-Free", "High-Density Foam", "Steel"),
                            List.of("Core Theory", "Velo Athletics", "Pulse"), 12, 350,
                            List.of(Axis.CAPACITY), List.of("home workouts", "yoga practice", "recovery days")))),
            new Department("beauty", "Beauty", List.of(
                    new Shelf("skincare", "Skincare", "SKN", List.of("Face Serum", "Moisturiser", "Cleansing Balm", "Sunscreen SPF 50", "Eye Cream", "Face Mask"),
                            List.of("Hydrating", "Gentle", "Brightening", "Fragrance-Free", "Overnight"),
                            List.of("Hyaluronic Acid", "Niacinamide", "Vitamin C", "Ceramides", "Squalane"),
                            List.of("Botanica Lab", "Pure Ritual", "Dewline"), 12, 85,
                            List.of(Axis.CAPACITY), List.of("daily routines", "sensitive skin", "travel")),
                    new Shelf("fragrance", "Fragrance", "FRG", List.of("Eau de Parfum", "Eau de Toilette", "Solid Perfume", "Scented Candle", "Room Diffuser"),
                            List.of("Woody", "Citrus", "Floral", "Amber", "Fresh"),
                            List.of("Cedarwood", "Bergamot", "Neroli", "Sandalwood", "Vetiver"),
                            List.of("Maison Verte", "Pure Ritual", "Atelier Moss"), 18, 160,
                            List.of(Axis.CAPACITY), List.of("evenings out", "gifting", "calm evenings")))),
            new Department("books", "Books", List.of(
                    new Shelf("fiction", "Fiction", "FIC", List.of("The Lighthouse Keeper", "A Winter in Lisbon", "The Cartographer's Daughter", "Salt and Silver", "The Glass Orchard", "Night Trains", "The Long Harvest", "Paper Moons"),
                            List.of("A Novel:", "Bestselling", "Award-Winning", "Debut", "Collected"),
                            List.of("Literary Fiction", "Historical Fiction", "Mystery", "Speculative Fiction"),
                            List.of("Quill House", "Meridian Press", "Lanternfish Books"), 9, 32,
                            List.of(Axis.BOOK_FORMAT), List.of("long weekends", "book clubs", "travel")),
                    new Shelf("cookbooks", "Cookbooks", "CKB", List.of("Weeknight Suppers", "The Bread Book", "Plants on the Plate", "Fire & Smoke", "Little Italian Kitchen", "Salads for All Seasons"),
                            List.of("Illustrated", "Essential", "Complete", "New", "Simple"),
                            List.of("Vegetarian Cooking", "Baking", "Barbecue", "Mediterranean Cooking"),
                            List.of("Meridian Press", "Hearth Books"), 14, 45,
                            List.of(Axis.BOOK_FORMAT), List.of("home cooks", "gifting", "new kitchens")),
                    new Shelf("science", "Science", "SCI", List.of("A Brief History of Light", "The Hidden Life of Soil", "Numbers Everywhere", "Inside the Cell", "The Restless Planet", "Small Wonders"),
                            List.of("Illustrated", "Popular", "Revised", "Pocket", "Essential"),
                            List.of("Physics", "Biology", "Mathematics", "Earth Science"),
                            List.of("Quill House", "Lanternfish Books", "Meridian Press"), 11, 40,
                            List.of(Axis.BOOK_FORMAT), List.of("curious minds", "students", "long flights")))),
            new Department("toys-games", "Toys & Games", List.of(
                    new Shelf("board-games", "Board Games", "BRD", List.of("Strategy Game", "Family Board Game", "Party Game", "Cooperative Game", "Card Game"),
                            List.of("Award-Winning", "Classic", "Fast-Paced", "Deluxe", "Pocket"),
                            List.of("2–4 Players", "2–6 Players", "Solo Mode", "Ages 8+", "Ages 12+"),
                            List.of("Tabletop Guild", "Meeple Works", "Red Fox Games"), 12, 79,
                            List.of(Axis.NONE), List.of("game nights", "family evenings", "rainy days")),
                    new Shelf("puzzles", "Puzzles", "PZL", List.of("1000-Piece Jigsaw", "500-Piece Jigsaw", "Wooden Puzzle Box", "3D Puzzle", "Brain Teaser Set"),
                            List.of("Panoramic", "Illustrated", "Challenging", "Relaxing", "Collector's"),
                            List.of("Recycled Board", "Birch Wood", "Linen-Finish Pieces", "Cast Metal"),
                            List.of("Meeple Works", "Puzzlewood", "Red Fox Games"), 9, 49,
                            List.of(Axis.NONE), List.of("quiet evenings", "gifting", "holidays")),
                    new Shelf("building-sets", "Building Sets", "BLD", List.of("Castle Building Set", "Space Station Kit", "Marble Run", "Magnetic Tiles", "Robot Kit"),
                            List.of("Creative", "STEM", "Deluxe", "Starter", "Expandable"),
                            List.of("Wooden Blocks", "Magnetic Pieces", "Motorised Parts", "Snap-Fit Bricks"),
                            List.of("Brickyard", "Tinker Labs", "Puzzlewood"), 19, 149,
                            List.of(Axis.NONE), List.of("young builders", "classrooms", "birthdays")))));

    private DemoAssortment() {
    }
}
