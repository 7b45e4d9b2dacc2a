# frontdesk interface texts (hu): board.
