"""One module per page of the consultation flow, in the order the person sees them."""
