import SecrettyCLI

SecrettyMain.main()
