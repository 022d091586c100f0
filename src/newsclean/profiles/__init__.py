"""Site profiles: learn the lines a site repeats on its pages, save and load them."""
