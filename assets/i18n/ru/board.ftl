# frontdesk interface texts (ru): board.
