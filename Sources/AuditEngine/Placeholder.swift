// placeholder until the AuditEngine target is written
