"""Kiosk mode: a patient alone at a shared machine; nothing of hers stays after she leaves."""
