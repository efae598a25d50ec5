// placeholder until the CheckerKit target is written
