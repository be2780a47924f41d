"""One repository per area of the notebook; the Store facade gathers them."""
