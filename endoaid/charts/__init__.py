"""matplotlib Figure builders for the consultation's charts. Never pyplot, never Qt."""
