package dev.emporium.identity.keys;

/** PENDING: published, not signing yet. ACTIVE: signs from its activation on. RETIRED: published until it retires. */
public enum SigningKeyState {
    PENDING, ACTIVE, RETIRED
}
