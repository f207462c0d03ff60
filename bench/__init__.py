"""The performance benchmark (`make bench`) and the stdlib trace; see README.md, "Performance"."""
