"""Sound cues: map engine events to tones and play them without blocking the window."""
