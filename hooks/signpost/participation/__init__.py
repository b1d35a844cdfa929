"""Have your say: You said, we did, events, local areas and credits."""
