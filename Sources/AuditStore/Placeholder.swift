// placeholder until the AuditStore target is written
