"""The Qt-free core: domain model, storage, interchange, catalogue, checks and documents."""
