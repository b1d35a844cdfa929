"""What the law says a Local Offer must cover, and which pages of this one cover it."""
