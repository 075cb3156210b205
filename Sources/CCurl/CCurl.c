// Intentionally empty: every shim is static inline in include/CCurl.h.
