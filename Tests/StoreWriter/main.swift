print("StoreWriter: nothing yet")
