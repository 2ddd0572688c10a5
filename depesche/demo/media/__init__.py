"""The demo's media: locator maps, photos and short clips, built from registry packages.

Nothing is fetched but the pinned artefacts in requirements/demo-media.txt, through pip;
SOURCES.md beside this file lists each source, its version, hash and licence.
"""
