print("audit: not built yet")
