"""A clean-room implementation of the Fast track rules, written from the oracle kit only."""
