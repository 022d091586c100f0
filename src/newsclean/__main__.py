"""``python -m newsclean`` runs the command line."""

from newsclean.app.cli import main

if __name__ == "__main__":
    main()
