"""The text core: repair, segmentation, scripts and language, features, dates, decoding."""
