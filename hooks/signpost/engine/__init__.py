"""The MkDocs side of Signpost: one entry point that runs every build stage in a fixed order.

Only this package imports MkDocs; everything it calls is pure and lives in the packages beside
it, so moving to another site generator means rewriting this package alone.
"""
