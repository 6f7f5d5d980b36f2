greeting = "héllo wörld" +
