//! Robust avatar hashing (placeholder, filled in next).
