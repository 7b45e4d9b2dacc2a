# frontdesk interface texts (en): board.
