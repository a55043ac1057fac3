"""PREDICT Breast: her tumour details, the model, its messages and its command."""
