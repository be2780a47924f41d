"""Files the application reads at run time: the app icon and the compiled translations."""
