import SecrettyCLI

var seams = SecrettyMain.Seams()
seams.tui = TUIComposition.runner(random: seams.random)
SecrettyMain.main(seams: seams)
