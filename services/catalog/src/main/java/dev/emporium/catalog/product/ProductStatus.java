package dev.emporium.catalog.product;

/** DRAFT: being prepared, invisible to customers. ACTIVE: for sale. ARCHIVED: withdrawn, kept for order history. */
public enum ProductStatus { DRAFT, ACTIVE, ARCHIVED }
