// placeholder until the Git target is written
