import SlantCommands

SlantCommand.main()
