from dreamcontent.cli import main

main()
