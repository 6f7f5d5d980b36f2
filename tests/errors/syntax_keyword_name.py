class = "warrior"
