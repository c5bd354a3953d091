"""Rule families; each module has ``run(ctx)`` and emits the codes of its family."""
